"""peoplemoves: a sourced, time-aware record of who holds which position where, read from news."""

__version__ = "0.1.0"
