"""Watch a real process for network use with strace: any socket but a local (Unix) one, and
any connect/send to an address that is not local, is network use."""

from __future__ import annotations

import re
from pathlib import Path

from .conftest import require_tool

CALLS = ("socket", "connect", "sendto", "sendmsg", "sendmmsg")
_CALL = re.compile(r"^(?:\[pid\s+)?\d+\]?\s+(socket|connect|sendto|sendmsg|sendmmsg)\((.*)$")
_FAMILY = re.compile(r"sa_family=(AF_[A-Z0-9]+)")


def strace_prefix(log: Path) -> list[str]:
    """Put this before a command to trace it and all its children into ``log``."""
    strace = require_tool("strace")
    # --seccomp-bpf stops the process only at the traced calls: the app runs at nearly full speed
    return [strace, "-f", "-qq", "--seccomp-bpf", "-e", f"trace={','.join(CALLS)}", "-e", "signal=none", "-o", str(log)]


def network_use(log: Path) -> list[str]:
    """The traced calls that are network use: a socket of any family but AF_UNIX; a
    connect, sendto, sendmsg or sendmmsg to an address of any family but AF_UNIX."""
    found = []
    for line in log.read_text(errors="replace").splitlines():
        match = _CALL.match(line)
        if match is None:
            continue
        call, arguments = match.groups()
        if call == "socket":
            family = arguments.split(",", 1)[0].strip()
            if family not in ("AF_UNIX", "AF_LOCAL"):
                found.append(line)
        elif any(family not in ("AF_UNIX", "AF_LOCAL") for family in _FAMILY.findall(arguments)):
            found.append(line)
    return found
