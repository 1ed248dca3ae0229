"""How each ontology label looks: one colour and one shape per label, shared by legend and nodes."""

from __future__ import annotations

# Colour-blind-friendly palette (Okabe–Ito plus two), distinct shapes so labels
# remain distinguishable in greyscale screenshots.
LABEL_STYLE: dict[str, tuple[str, str]] = {
    "Organization": ("#0072B2", "dot"),
    "Person": ("#E69F00", "diamond"),
    "Location": ("#009E73", "triangle"),
    "Facility": ("#56B4E9", "square"),
    "Product": ("#D55E00", "star"),
    "Regulation": ("#CC79A7", "hexagon"),
    "Agreement": ("#F0E442", "triangleDown"),
    "Event": ("#BBBBBB", "box"),
    "Program": ("#C49C94", "ellipse"),
}
DEFAULT_STYLE = ("#999999", "dot")

MIN_SIZE = 8
MAX_SIZE = 40


def style_of(label: str | None) -> tuple[str, str]:
    return LABEL_STYLE.get(label or "", DEFAULT_STYLE)


def scale_sizes(values: dict[str, float]) -> dict[str, int]:
    """Map PageRank values linearly onto [MIN_SIZE, MAX_SIZE] pixels.

    pyvis truncates node size to an int, so raw PageRank (≈ 1/n) would make
    every node size 0; scaling first keeps the ranking visible.
    """
    if not values:
        return {}
    lo, hi = min(values.values()), max(values.values())
    span = hi - lo
    if span <= 0:
        return {k: (MIN_SIZE + MAX_SIZE) // 2 for k in values}
    return {k: int(round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (v - lo) / span)) for k, v in values.items()}
