"""Every routine the app knows, built-in and the user's own, and the rules about them. No Qt.

One place answers: which routine has this id, what the routine list shows, what adding a point
to "your routine" does, which points pregnancy leaves out, and what steps a session will run
(expanded once per start). A change returns the user's new list of routines; :meth:`save_own`
writes it (through :class:`~.routine_store.RoutineStore`) and only then adopts it, so the
library never holds what is not on disk.
"""

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from .points import Atlas, Partner, Point
from .routine_limits import ADVICE_SOURCE, LIMITS, RoutineProblem, is_long, long_session_warning, problems
from .routine_store import RoutineStore
from .routines import DEFAULT_TARGET_MINUTES, Routine, RoutineStep, SessionStep, expand, total_seconds, unique_id
from .step_wording import duration_words
from .storage import LoadReport
from .wording import QT_TRANSLATE_NOOP, Words


class LibraryWords(Words):
    """What the routine library says to the person."""


MY_ROUTINE_NAME = QT_TRANSLATE_NOOP("LibraryWords", "My routine")
MY_ROUTINE_DESCRIPTION = QT_TRANSLATE_NOOP("LibraryWords", "Points you added from the map.")


class RoutineEntry(NamedTuple):
    """One line of the routine chooser."""

    id: str
    name: str
    own: bool  # the user's own (editable, deletable) rather than built-in


class SessionPlan(NamedTuple):
    """What one session will run: the routine and its steps, with what pregnancy left out (and,
    pressing alone, the points a partner is needed for)."""

    routine: Routine
    steps: tuple[SessionStep, ...]
    left_out: tuple[str, ...]  # codes in the routine that are not pressed this time
    left_out_alone: tuple[str, ...] = ()  # of those, the ones left out because a partner helps

    @property
    def seconds(self) -> float:
        return total_seconds(self.steps)


class RoutineSummary(NamedTuple):
    """What the routine chooser says about a routine before it starts."""

    codes: tuple[str, ...]  # in press order, as written in the routine
    avoided: frozenset[str]  # those left out in pregnancy (when that is set)
    step_count: int
    seconds: float
    source_title: str  # "" when the routine names no known source
    partner_helps: tuple[str, ...] = ()  # its points a partner helps with (the articles say so)
    left_out_alone: tuple[str, ...] = ()  # those of them left out, pressing alone


class RoutineReview(NamedTuple):
    """What the editor says about a routine being made: why it cannot be saved yet, how long a
    session of it lasts (the session's own expansion), and a warning when that is long."""

    problems: tuple[RoutineProblem, ...]
    seconds: float | None  # None while a time or a count is refused: no length to show
    rounds: int  # the rounds a session runs (a target length decides them)
    left_out: tuple[str, ...]  # points pregnancy leaves out of the session
    warning: str  # "" unless the session is longer than LONG_SESSION_MINUTES

    @property
    def can_save(self) -> bool:
        return not self.problems


class PointAdded(NamedTuple):
    """The result of adding a point: the user's routines to save, and which one got the point."""

    routines: tuple[Routine, ...]
    target: Routine
    created: bool


class PointNotAdded(NamedTuple):
    reason: str


class RoutineLibrary:
    def __init__(
        self, atlas: Atlas, builtin: Sequence[Routine], own: Sequence[Routine] = (), store: RoutineStore | None = None
    ) -> None:
        self.atlas = atlas
        self.builtin: tuple[Routine, ...] = tuple(builtin)
        self.own: tuple[Routine, ...] = tuple(own)
        self.store = store

    # --- the user's file --------------------------------------------------------------
    def load_own(self) -> LoadReport | None:
        """Read the user's routines; a damaged file is moved aside and reported, none is kept."""
        if self.store is None:
            return None
        own, report = self.store.load()
        self.adopt(own)
        return report

    def save_own(self, routines: Sequence[Routine]) -> None:
        """Write ``routines`` as the user's own, then adopt them; OSError when writing failed
        (and nothing changed)."""
        if self.store is not None:
            self.store.save(list(routines))
        self.adopt(routines)

    def read_import(self, path: Path) -> list[Routine]:
        """Routines from a shared file, renamed where an id is taken; DataError when it has problems."""
        if self.store is None:
            raise RuntimeError("this library keeps no routines file")
        return self.store.import_file(path, list(self.all()))

    def own_file(self) -> Path | None:
        return self.store.path if self.store is not None else None

    # --- looking up -------------------------------------------------------------------
    def all(self) -> tuple[Routine, ...]:
        return (*self.builtin, *self.own)

    def find(self, routine_id: str) -> Routine | None:
        return next((r for r in self.all() if r.id == routine_id), None)

    def own_routine(self, routine_id: str) -> Routine | None:
        return next((r for r in self.own if r.id == routine_id), None)

    def entries(self) -> list[RoutineEntry]:
        """Built-in routines first, then the user's own, in the order they were made."""
        return [RoutineEntry(r.id, r.name, False) for r in self.builtin] + [
            RoutineEntry(r.id, r.name, True) for r in self.own
        ]

    def adopt(self, own: Sequence[Routine]) -> None:
        """Take ``own`` as the user's routines (after they were saved, or loaded)."""
        self.own = tuple(r._replace(builtin=False) for r in own)

    # --- pregnancy ----------------------------------------------------------------------
    def avoided_in_pregnancy(self) -> frozenset[str]:
        """Codes traditionally left out in pregnancy."""
        return self.atlas.pregnancy_leave_out()

    def avoided(self, pregnant: bool) -> frozenset[str]:
        return self.avoided_in_pregnancy() if pregnant else frozenset()

    def avoided_in(self, routine: Routine, pregnant: bool) -> list[str]:
        """The routine's points that pregnancy leaves out, in press order, each once."""
        avoided = self.avoided(pregnant)
        return list(dict.fromkeys(s.point for s in routine.steps if s.point in avoided))

    # --- a partner --------------------------------------------------------------------
    def partner_helps(self) -> frozenset[str]:
        """Codes of the points the articles say are hard to reach yourself (a partner helps, or
        is needed)."""
        return frozenset(p.code for p in self.atlas.points if p.partner is not Partner.NO)

    def partner_helps_in(self, routine: Routine) -> tuple[str, ...]:
        """The routine's points a partner helps with, in press order, each once."""
        helped = self.partner_helps()
        return tuple(dict.fromkeys(s.point for s in routine.steps if s.point in helped))

    # --- sessions -----------------------------------------------------------------------
    def plan(self, routine: Routine, *, pregnant: bool, keep: Iterable[str] = (), alone: bool = False) -> SessionPlan:
        """The steps of one session of ``routine``: pregnancy leaves out its points unless kept;
        ``alone`` (no one to press for you) leaves out the points a partner helps with."""
        alone_out = frozenset(self.partner_helps_in(routine)) if alone else frozenset()
        excluded = (self.avoided(pregnant) - frozenset(keep)) | alone_out
        steps = expand(routine, self._is_bilateral, exclude=excluded)
        left_out = tuple(dict.fromkeys(s.point for s in routine.steps if s.point in excluded))
        return SessionPlan(routine, steps, left_out, tuple(code for code in left_out if code in alone_out))

    def summary(self, routine: Routine, *, pregnant: bool, alone: bool = False) -> RoutineSummary:
        plan = self.plan(routine, pregnant=pregnant, alone=alone)
        title = ""
        if routine.source:
            title = next((s.title for s in self.atlas.sources if s.id == routine.source), "")
        return RoutineSummary(
            tuple(s.point for s in routine.steps),
            self.avoided(pregnant),
            len(plan.steps),
            plan.seconds,
            title,
            self.partner_helps_in(routine),
            plan.left_out_alone,
        )

    def review(self, draft: Routine, *, pregnant: bool) -> RoutineReview:
        """What the editor shows about ``draft``: its problems, and the length of a session of it
        (planned as :meth:`plan` plans a start, so the editor's total is the session's)."""
        found = problems(draft, LIMITS)
        if any(p.field in ("seconds_per_side", "rounds", "target_minutes") for p in found):
            return RoutineReview(found, None, 0, (), "")
        plan = self.plan(draft, pregnant=pregnant)
        seconds = plan.seconds
        warning = ""
        if is_long(seconds):
            title = next((s.title for s in self.atlas.sources if s.id == ADVICE_SOURCE), ADVICE_SOURCE)
            warning = long_session_warning(duration_words(seconds), self.atlas.instructions.session_minutes, title)
        rounds = plan.steps[-1].round if plan.steps else 0
        return RoutineReview(found, seconds, rounds, plan.left_out, warning)

    def _is_bilateral(self, code: str) -> bool:
        return self.atlas.point(code).is_bilateral

    # --- changing the user's routines -------------------------------------------------
    def add_point(self, code: str, chosen_id: str, *, pregnant: bool) -> PointAdded | PointNotAdded:
        """Add a point to the chosen routine when it is the user's own, else to "My routine"
        (made when there is none). A point that pregnancy leaves out is not added while
        pregnancy is set: it would make a routine that runs without it, or not at all."""
        point = self.atlas.point(code)
        if point.code in self.avoided(pregnant):
            return PointNotAdded(
                LibraryWords.tr(
                    "{code} {name} was not added: it is traditionally avoided in pregnancy, "
                    "and “I am pregnant” is on (Settings menu)."
                ).format(code=point.code, name=point.name)
            )
        step = RoutineStep(point.code, point.technique.seconds_per_side)
        # The routine made for points added from the map is named in the person's language when
        # it is made (it is theirs: they may rename it); its id stays the English one.
        name = LibraryWords.tr(MY_ROUTINE_NAME)
        mine = (MY_ROUTINE_NAME, name)
        chosen = self.own_routine(chosen_id) or next((r for r in self.own if r.name in mine), None)
        if chosen is None:
            new = Routine(
                unique_id(MY_ROUTINE_NAME, (r.id for r in self.all())),
                name,
                None,
                LibraryWords.tr(MY_ROUTINE_DESCRIPTION),
                (step,),
                target_minutes=DEFAULT_TARGET_MINUTES,
            )
            return PointAdded((*self.own, new), new, created=True)
        target = chosen._replace(steps=(*chosen.steps, step))
        return PointAdded(self._replacing(chosen.id, target), target, created=False)

    def with_edited(self, routine: Routine) -> tuple[Routine, ...]:
        """The user's routines with ``routine`` replacing the one of its id, or added at the end."""
        if self.own_routine(routine.id) is None:
            return (*self.own, routine)
        return self._replacing(routine.id, routine)

    def new_id(self, name: str, replacing: str | None = None) -> str:
        """The id for a routine called ``name``: ``replacing`` when it keeps its own id."""
        if replacing is not None and self.own_routine(replacing) is not None:
            return replacing
        return unique_id(name, (r.id for r in self.all()))

    def without(self, routine_id: str) -> tuple[Routine, ...]:
        """The user's routines less ``routine_id`` (built-in routines cannot be deleted)."""
        return tuple(r for r in self.own if r.id != routine_id)

    def renamed(self, routine_id: str, name: str) -> tuple[Routine, ...]:
        """The user's routines with one of them renamed; its id stays, so history still finds it."""
        routine = self.own_routine(routine_id)
        if routine is None:
            return self.own
        return self._replacing(routine_id, routine._replace(name=name.strip()))

    def _replacing(self, routine_id: str, routine: Routine) -> tuple[Routine, ...]:
        return tuple(routine if r.id == routine_id else r for r in self.own)

    def point(self, code: str) -> Point:
        return self.atlas.point(code)
