"""Greetings and thanks are answered kindly and never logged as FAQ gaps; anything more is a question."""

from __future__ import annotations

import pytest

from bot.smalltalk import SmallTalk, classify


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("halo", SmallTalk.GREETING),
        ("Halo min 🙏", SmallTalk.GREETING),
        ("haloooo kak", SmallTalk.GREETING),
        ("Assalamualaikum wr wb", SmallTalk.GREETING),
        ("selamat malam admin", SmallTalk.GREETING),
        ("p", SmallTalk.GREETING),
        ("Hi there", SmallTalk.GREETING),
        ("halo saya mau tanya", SmallTalk.GREETING),
        ("makasih kak", SmallTalk.THANKS),
        ("Terima kasih banyak ya min!", SmallTalk.THANKS),
        ("ok makasih", SmallTalk.THANKS),
        ("matur nuwun", SmallTalk.THANKS),
        ("thank you very much", SmallTalk.THANKS),
        ("ok mksh kak", SmallTalk.THANKS),
        ("hatur nuhun teh", SmallTalk.THANKS),
        ("nuhun", SmallTalk.THANKS),
        ("suwun lur", SmallTalk.THANKS),
        ("kak", SmallTalk.GREETING),
        ("min?", SmallTalk.GREETING),
        ("kak sy mau cerita", SmallTalk.STORY),
        ("halo kak, aku mau curhat", SmallTalk.STORY),
        ("boleh cerita sedikit gak kak?", SmallTalk.STORY),
        ("mbak aku arep crito", SmallTalk.STORY),
        ("sy mau cerita, paspor sy ditahan agen", None),
        ("kak paspor sy", None),
        ("ok", None),
        ("halo, paspor saya ditahan", None),
        ("saya mau tanya soal visa", None),
        ("terima kasih, tapi gaji saya belum dibayar", None),
        ("cara ke taiwan", None),
        ("pagi2 dipukul", None),
        ("", None),
    ],
)
def test_classify(text: str, expected: SmallTalk | None) -> None:
    assert classify(text) is expected
