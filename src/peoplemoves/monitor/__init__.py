"""Watch the news: sources followed, polled politely, new articles ingested, alerts on matching moves.

Public interface: :class:`MonitorStore` (sources, fetched URLs, watch rules, alerts — tables of
its own in the same SQLite store), :func:`poll` (one round over the due sources), and
:func:`deliver` (alerts to JSON Lines and webhooks). It calls the pipeline and the resolve
layer through their public functions, like any client of the record.
"""

from peoplemoves.monitor.alerts import Alert, AlertRule, match_alerts
from peoplemoves.monitor.delivery import deliver, sign
from peoplemoves.monitor.http import Fetcher, FetchError, Response
from peoplemoves.monitor.state import MonitorStore, Source
from peoplemoves.monitor.watch import PollReport, poll

__all__ = [
    "Alert",
    "AlertRule",
    "FetchError",
    "Fetcher",
    "MonitorStore",
    "PollReport",
    "Response",
    "Source",
    "deliver",
    "match_alerts",
    "poll",
    "sign",
]
