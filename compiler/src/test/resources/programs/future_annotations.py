"""Annotations under from __future__ import annotations: stored as strings."""
from __future__ import annotations

x: list[int] = []


def f(a: dict[str, int | None], *args: tuple[int, ...], **kw: Callable[[int], str]) -> Optional[A.B]:
    return a


class C:
    field: "quoted" = 1
    other: lambda: 0
