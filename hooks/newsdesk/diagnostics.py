"""Problems found in a seed: what, where, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    #: an inferred value worth a look, not a problem (the default category was used)
    INFO = "info"


@dataclass(frozen=True)
class Diagnostic:
    """One problem, printed on one line as ``path:line: severity: message → fix [code]``."""

    path: str
    line: int
    severity: Severity
    code: str
    message: str
    fix: str

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity.value}: {self.message} → {self.fix} [{self.code}]"


class SeedError(Exception):
    """A seed that cannot be converted; carries the diagnostics that say why."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics


def error(path: str, line: int, code: str, message: str, fix: str) -> Diagnostic:
    return Diagnostic(path, line, Severity.ERROR, code, message, fix)


def warning(path: str, line: int, code: str, message: str, fix: str) -> Diagnostic:
    return Diagnostic(path, line, Severity.WARNING, code, message, fix)


def info(path: str, line: int, code: str, message: str, fix: str) -> Diagnostic:
    return Diagnostic(path, line, Severity.INFO, code, message, fix)
