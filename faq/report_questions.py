"""Questions about her own report: "sdh diterima blm?", "kapan dibalas", "has it been received". Asked while
she is still writing it, the answer is that it is not sent yet; after filing, where it stands."""

from __future__ import annotations

import re
from typing import Final

_RECEIVED: Final = re.compile(
    r"\b(?:(?:sdh|udh|udah|sudah|dah|uda)\s+)?(?:di\s*terima|nyampe|sampai|sampe|masuk|kekirim|terkirim"
    r"|dibaca|dibc)\s*(?:blm|belum|lom|gk|ga|gak|nggak|ngga|tidak|apa\s+belum|kah)\b"
    r"|\b(?:kapan|kpn)\s+(?:\w+\s+)?(?:di\s*bal[ae]s\w*|bal[ae]s\w*|ditanggapi|direspon\w*|diproses|ditangani"
    r"|dihubungi|dibantu|ditolong)\b"
    r"|\b(?:ada|udh ada|sdh ada|sudah ada)\s+(?:yg|yang)\s+(?:bales|balas|baca|respon)\b"
    r"|\b(?:has|have|was|is)\s+(?:it|my report|the report|my message)\s+(?:been\s+)?(?:received|read|sent)\b"
    r"|\bwhen will (?:someone|they|you|an officer|the officer)\s+(?:reply|answer|respond|call)\b",
    re.IGNORECASE,
)


def asks_if_received(text: str) -> bool:
    """A short question whether her report arrived or when it is answered."""
    return len(text) <= 120 and bool(_RECEIVED.search(text))
