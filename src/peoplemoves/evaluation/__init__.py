"""Score extraction against gold annotations (GOLD-FORMAT.md, section Scoring)."""

from peoplemoves.evaluation.scoring import DocScore, EvalReport, score_document, summarize

__all__ = ["DocScore", "EvalReport", "score_document", "summarize"]
