#!/bin/sh
# Install Acupoint for yourself, no administrator needed:
#   the program in ~/.local/lib/acupoint, the command acupoint-gui in ~/.local/bin,
#   and Acupoint with its icon in your applications menu.
#
#   ./install.sh               install, or update an installed copy
#   ./install.sh --uninstall   remove it again (your routines, settings and history stay)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
target="$HOME/.local/lib/acupoint"
bin_dir="$HOME/.local/bin"
link="$bin_dir/acupoint-gui"

fail() {
    echo "$1" >&2
    exit 1
}

uninstall() {
    if [ -x "$target/acupoint-gui" ]; then
        "$target/acupoint-gui" --uninstall-desktop-entry >/dev/null || true
    fi
    if [ -L "$link" ] && [ "$(readlink "$link")" = "$target/acupoint-gui" ]; then
        rm -f "$link"
    fi
    rm -rf "$target"
    echo "Acupoint has been removed. Your routines, settings and session history are still in ~/.local/share/Acupoint."
}

case "${1:-}" in
    --uninstall) uninstall; exit 0 ;;
    "") ;;
    *) fail "Usage: $0 [--uninstall]" ;;
esac

[ -n "${HOME:-}" ] || fail "HOME is not set, so there is no home folder to install Acupoint in."
[ -x "$here/acupoint-gui" ] || fail "$here does not hold Acupoint's program (acupoint-gui): unpack the whole archive first."

if [ "$here" != "$target" ]; then
    mkdir -p "$(dirname "$target")" || fail "Could not create $(dirname "$target")."
    rm -rf "$target.new"
    cp -R "$here" "$target.new" || { rm -rf "$target.new"; fail "Could not copy Acupoint to $target."; }
    rm -rf "$target"
    mv "$target.new" "$target"
fi
mkdir -p "$bin_dir" && ln -sfn "$target/acupoint-gui" "$link" || fail "Could not create the command $link."
"$target/acupoint-gui" --install-desktop-entry >/dev/null || fail "Could not add Acupoint to your applications menu."

echo "Acupoint is installed: find it in your applications menu."
case ":${PATH:-}:" in
    *":$bin_dir:"*) echo "In a terminal, 'acupoint-gui --help' lists what else it can do." ;;
    *) echo "In a terminal it is $link ($bin_dir is not on your PATH)." ;;
esac
echo "To remove it: $target/install.sh --uninstall"
