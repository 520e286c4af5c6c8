"""Alerts out: JSON Lines on standard output, and signed POSTs to webhooks.

A webhook receives the alert as a JSON body with ``X-Peoplemoves-Signature: sha256=<hex>``,
the HMAC-SHA256 of the body with the shared secret, so the receiver can tell it came from us.
Failed deliveries are retried with backoff and stay undelivered in the store if all fail.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sys
import time
from collections.abc import Callable

import httpx

from peoplemoves.monitor.alerts import Alert
from peoplemoves.monitor.http import USER_AGENT
from peoplemoves.monitor.state import MonitorStore

SIGNATURE_HEADER = "X-Peoplemoves-Signature"


def sign(body: bytes, secret: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def post_webhook(
    url: str, alert: Alert, secret: bytes | None, retries: int = 3,
    transport: httpx.BaseTransport | None = None, pause: Callable[[float], None] = time.sleep,
) -> str | None:
    """POST one alert; None when delivered, else the reason of the last failure (one line)."""
    body = json.dumps(alert.to_json(), ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
    if secret:
        headers[SIGNATURE_HEADER] = sign(body, secret)
    reason = None
    with httpx.Client(timeout=10, transport=transport) as client:
        for attempt in range(retries):
            try:
                r = client.post(url, content=body, headers=headers)
                if 200 <= r.status_code < 300:
                    return None
                reason = f"webhook {url}: HTTP {r.status_code}"
            except httpx.HTTPError as exc:
                reason = f"webhook {url}: {type(exc).__name__}"
            if attempt + 1 < retries:
                pause(0.5 * 2 ** attempt)
    return reason


def deliver(alerts: list[Alert], monitor: MonitorStore, webhook: str | None = None, secret: bytes | None = None,
            out=None, rule_hooks: dict[int, str | None] | None = None) -> list[str]:
    """Print each alert as a JSON line and POST it to its webhook; returns the failures, one line each."""
    out = out or sys.stdout
    failures = []
    for alert in alerts:
        out.write(json.dumps({"alert": alert.to_json()}, ensure_ascii=False) + "\n")
        url = (rule_hooks or {}).get(alert.rule_id) or webhook
        reason = post_webhook(url, alert, secret) if url else None
        if reason:
            failures.append(reason)
        else:
            monitor.mark_delivered(f"{alert.rule_id}:{alert.key()}")
    out.flush()
    return failures
