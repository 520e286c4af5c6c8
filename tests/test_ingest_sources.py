"""Ingest readers: decoding any encoding, HTML extraction, files/folders/JSON Lines, bad input."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from peoplemoves.ingest.decode import decode_bytes
from peoplemoves.ingest.html import extract_html, normalize_date
from peoplemoves.ingest.records import InputRejected, RawDocument, Rejection
from peoplemoves.ingest.sources import iter_documents

# --- sample news paragraphs (written for these tests) -----------------------------------------

ZH_HANS = (
    "据新华社报道，华为技术有限公司周二宣布，任命孟晚舟为公司轮值董事长，任期六个月。"
    "此前担任首席财务官的她将于4月1日起正式履职。"
)
ZH_HANT = "根據中央社報導，台灣積體電路製造公司董事會週二通過人事案，由魏哲家接任董事長，劉德音則將於股東會後正式退休。"
JA = (
    "トヨタ自動車は２６日、佐藤恒治執行役員が４月１日付で社長に就任すると発表した。"
    "豊田章男社長は代表権のある会長に就く。"
)
KO = (
    "삼성전자는 27일 이사회를 열고 한종희 부회장을 대표이사로 선임했다고 밝혔다. "
    "새 대표이사는 다음 달 1일부터 업무를 시작한다."
)
FR = (
    "Le conseil d’administration de Renault a nommé jeudi Luca de Meo au poste de directeur général. "
    "« C’est une étape décisive », a-t-il déclaré à l’issue de la réunion."
)
DE = (
    "Der Aufsichtsrat der Volkswagen AG hat am Freitag Oliver Blume zum neuen Vorstandsvorsitzenden "
    "ernannt. Er übernimmt das Amt von Herbert Diess, der das Unternehmen „im gegenseitigen "
    "Einvernehmen“ verlässt."
)
RU = (
    "Совет директоров «Газпрома» в пятницу назначил нового заместителя председателя правления. "
    "Решение вступит в силу с 1 октября, сообщила пресс-служба компании."
)
EN = "Acme Corp said on Monday that Jane Doe will become its chief executive on October 1."

# Short paragraphs (100-500 bytes in their legacy encoding) for the CJK tie-breaking test.
SHORT_CJK = {
    "gb18030": [
        ZH_HANS,
        "阿里巴巴集团昨日发布公告称，蔡崇信将接替张勇出任集团董事会主席，吴泳铭将出任首席执行官，"
        "两项任命均自9月10日起生效。",
        "OpenAI首席技术官米拉·穆拉蒂周三在社交媒体上宣布离职，这是该公司今年以来第三位离开的高管。",
        "“我们会继续投资人工智能，”百度创始人李彦宏在世界人工智能大会上说。",
    ],
    "big5": [
        ZH_HANT,
        "鴻海精密工業今日宣布，劉揚偉續任董事長，並任命新的財務長。公司表示，人事異動將有助於推動電動車與半導體業務。",
        "「我們會持續投資人工智慧，」輝達執行長黃仁勳在台北國際電腦展的主題演講中表示。",
        "長榮航空董事會決議，由孫嘉明擔任董事長，林寶水轉任副董事長。",
    ],
    "shift_jis": [
        JA,
        "ソニーグループは１日、十時裕樹副社長が社長兼最高執行責任者に昇格する人事を発表した。",
        "日本銀行の次期総裁に、経済学者で元審議委員の植田和男氏を起用する人事案が国会に提示された。",
        "「新しい体制で信頼回復に全力を尽くす」と、新社長は記者団に語った。",
    ],
    "euc_jp": [
        JA,
        "任天堂は、古川俊太郎社長が引き続き経営の指揮を執ると発表した。宮本茂氏はフェローとして開発に関わる。",
        "日産自動車の内田誠社長は記者会見で、ホンダとの経営統合に向けた協議を正式に始めると述べた。",
    ],
    "euc_kr": [
        KO,
        "현대자동차그룹은 정의선 회장이 그룹 경영 전반을 총괄한다고 발표했다. 회사는 전기차 투자를 크게 늘릴 계획이다.",
        '네이버 최수연 대표는 "인공지능 경쟁력을 높이기 위해 투자를 아끼지 않겠다"고 말했다.',
        "한국은행 금융통화위원회는 기준금리를 연 3.5%로 동결했다고 밝혔다.",
    ],
}


# --- decode_bytes -----------------------------------------------------------------------------

ROUND_TRIPS = [
    ("utf-8", EN + " Müller, 穆拉蒂, ムラティ.", "utf-8"),
    ("utf-8-sig", FR, "utf-8"),
    ("utf-16", DE, "utf-16-le"),  # Python writes a little-endian BOM
    ("utf-16-be-bom", RU, "utf-16-be"),
    ("utf-16-le", FR, "utf-16-le"),  # no BOM: found by the NUL pattern
    ("utf-16-be", EN, "utf-16-be"),
    ("utf-16-le", JA, "utf-16-le"),  # few ASCII characters, still recognised
    ("utf-32", KO, "utf-32-le"),
    ("gb18030", ZH_HANS, "gb18030"),
    ("big5", ZH_HANT, "big5"),
    ("shift_jis", JA, "shift_jis"),
    ("euc_jp", JA, "euc_jp"),
    ("euc_kr", KO, "euc_kr"),
    ("cp1252", FR, "cp1252"),
    ("cp1252", DE, "cp1252"),
    ("cp1251", RU, "cp1251"),
    ("koi8_r", RU.replace("«", '"').replace("»", '"'), "koi8_r"),
]


def _encode(text: str, codec: str) -> bytes:
    if codec == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(codec)


@pytest.mark.parametrize(("codec", "text", "expected"), ROUND_TRIPS)
def test_decode_round_trip(codec: str, text: str, expected: str) -> None:
    decoded, encoding = decode_bytes(_encode(text, codec))
    assert decoded == text
    assert encoding == expected


@pytest.mark.parametrize("codec", sorted(SHORT_CJK))
def test_short_cjk_paragraphs_are_told_apart(codec: str) -> None:
    for text in SHORT_CJK[codec]:
        assert decode_bytes(text.encode(codec)) == (text, codec), text


def test_cjk_paragraphs_of_100_to_500_bytes() -> None:
    """Two or three sentences of each language, cut at several lengths within 100-500 bytes."""
    for codec, texts in SHORT_CJK.items():
        joined = "".join(texts)
        for size in (100, 180, 260, 340, 500):
            data = joined.encode(codec)[:size]
            text = data.decode(codec, errors="ignore")  # cut on a character boundary
            data = text.encode(codec)
            assert decode_bytes(data) == (text, codec), (codec, size)


def test_newlines_normalised_and_bom_stripped() -> None:
    text, encoding = decode_bytes(b"\xef\xbb\xbfline one\r\nline two\rline three\n")
    assert text == "line one\nline two\nline three\n"
    assert encoding == "utf-8"
    text, _ = decode_bytes("première\r\nligne".encode("utf-16"))
    assert text == "première\nligne"


def test_utf8_with_stray_cp1252_byte_and_cut_at_end() -> None:
    data = "Le président a déclaré à la presse : « C’est fini ».".encode() + b" \x93quote\x94"
    text, encoding = decode_bytes(data)
    assert text.startswith("Le président a déclaré") and text.endswith("“quote”")
    assert encoding.startswith("utf-8")
    text, encoding = decode_bytes("東京で発表した".encode()[:-1])
    assert (text, encoding) == ("東京で発表し", "utf-8")


def test_legacy_file_with_a_corrupt_byte_or_cut_short() -> None:
    data = bytearray(ZH_HANS.encode("gb18030"))
    data[11] = 0xFF  # never valid in GB18030: the character is replaced, the rest reads normally
    text, encoding = decode_bytes(bytes(data))
    assert encoding == "gb18030 (2 invalid bytes replaced)"
    assert text.replace("\ufffd", "") == ZH_HANS[:5] + ZH_HANS[6:]
    data = RU.encode("cp1251")
    text, encoding = decode_bytes(data[:30] + b"\x98" + data[30:])  # 0x98 is unmapped in cp1251
    assert encoding == "cp1251 (1 invalid bytes replaced)" and text.replace("\ufffd", "") == RU
    for codec in ("gb18030", "big5", "shift_jis", "euc_jp", "euc_kr"):
        text = SHORT_CJK[codec][0]
        assert decode_bytes(text.encode(codec)[:-1]) == (text[:-1], codec)  # cut mid-character


def test_declared_charset_is_used_after_utf8() -> None:
    data = "Décision du conseil".encode("cp1252")
    assert decode_bytes(data, declared="iso-8859-1") == ("Décision du conseil", "cp1252")
    assert decode_bytes(ZH_HANS.encode("gbk"), declared="gb2312")[0] == ZH_HANS
    assert decode_bytes(b"plain ascii", declared="no-such-charset") == ("plain ascii", "utf-8")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (b" \n\t\r\n  ", "file contains only whitespace"),
        ("\u3000\u00a0\n".encode(), "file contains only whitespace"),
        (b"\xef\xbb\xbf", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (PDF document), not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP archive, e.g. DOCX/XLSX/ODT), not text"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG image), not text"),
        (b"GIF89a\x01\x00", "binary file (GIF image), not text"),
        (b"\x7fELF\x02\x01\x01", "binary file (ELF executable), not text"),
        (b"\x1f\x8b\x08\x00", "binary file (gzip archive), not text"),
        (b"some text\x00\x01\x02\x03 and \x00 more", "binary file (contains NUL bytes), not text"),
        (bytes(range(1, 9)) * 40, "binary file (mostly control characters), not text"),
    ],
)
def test_decode_rejections(data: bytes, reason: str) -> None:
    with pytest.raises(InputRejected) as err:
        decode_bytes(data)
    assert err.value.reason == reason


def test_random_bytes_are_rejected() -> None:
    rng = random.Random(7)
    for size in (1000, 5000):
        data = rng.randbytes(size)
        with pytest.raises(InputRejected, match="binary file"):
            decode_bytes(data)
        with pytest.raises(InputRejected, match=r"^could not decode: not valid in any supported encoding$"):
            decode_bytes(data.replace(b"\x00", b"\x01"))  # no NUL: every legacy reading is garbage


def test_bom_that_lies_is_undecodable() -> None:
    with pytest.raises(InputRejected, match=r"^could not decode: starts with a UTF-16-LE byte-order mark"):
        decode_bytes(b"\xff\xfe\x00\xd8")


def test_decode_speed_is_reasonable() -> None:
    """A 1 MB GB18030 file decodes (with detection) in well under a second."""
    import time

    data = ("\n".join(SHORT_CJK["gb18030"]) * 2000).encode("gb18030")
    start = time.perf_counter()
    text, encoding = decode_bytes(data)
    assert encoding == "gb18030" and text.startswith(ZH_HANS)
    assert time.perf_counter() - start < 2.0


def test_long_single_line_legacy_file() -> None:
    """The scoring sample is cut inside one long line, possibly mid-character."""
    text = "".join(SHORT_CJK["big5"]) * 300
    for cut in (0, 1):
        data = (" " * cut + text).encode("big5")
        assert decode_bytes(data) == (" " * cut + text, "big5")


# --- HTML -------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Acme names new CEO | Example News</title>
<meta property="og:title" content="Acme names Jane Doe chief executive">
<meta property="article:published_time" content="2024-09-30T10:00:00Z">
<link rel="canonical" href="https://news.example.com/business/acme-ceo">
<script>var leak = "SCRIPT_LEAK"; document.write("<p>DOCWRITE_LEAK</p>");</script>
<style>.banner { color: red } /* STYLE_LEAK */</style>
</head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/world">NAV_LEAK World</a></nav>
<div class="cookie-banner" id="cookie-consent">We use cookies to improve your experience COOKIE_LEAK.
<button onclick="accept()">Accept all</button></div>
<article>
<h1>Acme names Jane Doe chief executive</h1>
<p>Acme Corp said on Monday that Jane Doe will become its chief executive officer on October 1,
succeeding John Smith, who is retiring after twelve years at the helm of the company.</p>
<p>Doe, 52, joined Acme in 2015 as chief financial officer.<script>alert("INLINE_LEAK")</script>
She previously spent a decade at Globex, where she ran the European business.</p>
<p onmouseover="steal()">"We are confident in Jane's leadership," chairman Robert Brown said
in a statement. <a href="javascript:alert('JSLINK')">Read the statement</a>.</p>
</article>
<footer>Copyright 2020 Example News FOOTER_LEAK. <a href="/terms">Terms</a></footer>
</body></html>"""

LEAKS = ("SCRIPT_LEAK", "DOCWRITE", "STYLE_LEAK", "NAV_LEAK", "COOKIE_LEAK", "INLINE_LEAK", "FOOTER_LEAK")


def test_html_main_text_and_metadata() -> None:
    article = extract_html(PAGE, "page.html")
    assert "Jane Doe will become its chief executive officer" in article.text
    assert "She previously spent a decade at Globex" in article.text
    for leak in (*LEAKS, "alert", "steal()", "Accept all", "javascript"):
        assert leak not in article.text
    assert len(article.text.split("\n")) >= 3  # paragraphs stay on their own lines
    assert article.title == "Acme names Jane Doe chief executive"
    assert article.published == "2024-09-30"
    assert article.url == "https://news.example.com/business/acme-ceo"


P = "<p>Acme Corp said on Monday that Jane Doe will become its chief executive officer on October 1.</p>"
P_NUL = P.replace("Acme", "Ac\x00me")


def test_html_date_only_from_metadata() -> None:
    # A date in the text, the footer or the URL is not the page's metadata.
    guessy = (
        '<html><head><link rel="canonical" href="https://ex.com/2019/02/03/story"></head><body>'
        f"<article><p>Updated 2021-04-05</p>{P}</article><footer>© 2020</footer></body></html>"
    )
    assert extract_html(guessy, "x").published is None
    ld = (
        '<html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",'
        '"datePublished": "2023-11-22T08:00:00+08:00"}]}</script></head>'
        f"<body><article>{P}</article></body></html>"
    )
    assert extract_html(ld, "x").published == "2023-11-22"
    microdata = (
        '<html><body><article><time itemprop="datePublished" datetime="2022-05-03">3 May</time>'
        f"{P}</article></body></html>"
    )
    assert extract_html(microdata, "x").published == "2022-05-03"


@pytest.mark.parametrize(
    "html",
    [
        "<html><body>" + "<div>" * 10_000 + P + "</div>" * 10_000 + "</body></html>",
        "<html><body><article>" + "<b><i>" * 5_000 + P,  # deep and never closed
        '<html><body><article><div data-blob="' + "A" * 5_000_000 + '">' + P + "</div></article></body></html>",
        "<html><body><article><img src=data:image/png;base64," + "Q" * 5_000_000 + ">" + P + "</article></body></html>",
        "<html><body><p>Acme Corp said <b>on Monday<p>that Jane Doe <i>will become</b> its chief executive"
        " officer on October 1</div></span></td></html> trailing <p>more</p>",
        f"<html><body><article>{P}<script>var x = 'SCRIPT_LEAK'; {P}",  # unclosed script
        f"<html><body><article>{P_NUL}<noscript>SCRIPT_LEAK</noscript></article></body></html>",
        f'<html><body onload="alert(1)"><article><a href="javascript:void(0)" onclick="x()">{P}</a>'
        "<iframe srcdoc='<p>SCRIPT_LEAK</p>'></iframe><svg><script>SCRIPT_LEAK</script></svg></article></body></html>",
        f'<?xml version="1.0" encoding="ISO-8859-1"?><html><body><article>{P}</article></body></html>',
    ],
    ids=[
        "10k-deep",
        "deep-unclosed",
        "5MB-attribute",
        "5MB-bare-attribute",
        "broken",
        "unclosed-script",
        "nul",
        "handlers",
        "xml-declaration",
    ],
)
def test_hostile_html_never_crashes(html: str) -> None:
    article = extract_html(html, "hostile.html")
    assert "Jane Doe will become" in article.text or "Jane Doe" in article.text
    assert "SCRIPT_LEAK" not in article.text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<!-- nothing here -->",
        "<html><head><title>Empty</title></head><body><nav><a href='/'>Home</a></nav>"
        "<footer>(c) 2024</footer></body></html>",
        "<html><body><script>" + "var a = 'text that is not an article';" * 50 + "</script></body></html>",
        "<html><frameset><frame src='a.html'></frameset></html>",
        "<html><body><nav><ul>"
        + "".join(f"<li><a href='/s{i}'>Section {i} politics world business</a></li>" for i in range(30))
        + "</ul></nav></body></html>",
    ],
)
def test_html_without_article_is_rejected(html: str) -> None:
    with pytest.raises(InputRejected) as err:
        extract_html(html, "empty.html")
    assert err.value.reason == "no article text found in the HTML"


def test_html_speed() -> None:
    import time

    extract_html(PAGE, "warm-up")
    start = time.perf_counter()
    for _ in range(20):
        extract_html(PAGE, "page.html")
    assert (time.perf_counter() - start) / 20 < 0.2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-09-30T10:00:00Z", "2024-09-30"),
        ("2024-09-30T23:30:00-05:00", "2024-09-30"),
        ("2024-09-30", "2024-09-30"),
        ("2024-9-3", "2024-09-03"),
        ("2024/09/30", "2024-09-30"),
        ("20240930", "2024-09-30"),
        ("Mon, 30 Sep 2024 10:00:00 GMT", "2024-09-30"),
        ("September 30, 2024", "2024-09-30"),
        ("30 Sep 2024", "2024-09-30"),
        ("2024-02-30", None),
        ("next Tuesday", None),
        ("上周四", None),
        ("0001-01-01", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(value: str | None, expected: str | None) -> None:
    assert normalize_date(value) == expected


# --- files and folders ------------------------------------------------------------------------


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)
    return path


def _only(items: list) -> RawDocument | Rejection:
    assert len(items) == 1, items
    return items[0]


def test_plain_text_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "acme-ceo.txt", ZH_HANT.encode("big5"))
    doc = _only(list(iter_documents([path])))
    assert doc == RawDocument(name="acme-ceo", source=str(path), text=ZH_HANT, encoding="big5")


@pytest.mark.parametrize(("codec", "text", "expected"), ROUND_TRIPS)
def test_files_in_any_encoding(tmp_path: Path, codec: str, text: str, expected: str) -> None:
    path = _write(tmp_path / "story.txt", _encode(text, codec))
    doc = _only(list(iter_documents([str(path)])))
    assert isinstance(doc, RawDocument)
    assert (doc.text, doc.encoding) == (text, expected)


def test_html_file_and_txt_holding_html(tmp_path: Path) -> None:
    page = _write(tmp_path / "page.html", PAGE)
    disguised = _write(tmp_path / "saved.txt", "\n  " + PAGE)
    for path in (page, disguised):
        doc = _only(list(iter_documents([path])))
        assert isinstance(doc, RawDocument)
        assert doc.name == path.stem and doc.source == str(path)
        assert doc.title == "Acme names Jane Doe chief executive"
        assert doc.published == "2024-09-30"
        assert doc.url == "https://news.example.com/business/acme-ceo"
        assert "Jane Doe will become" in doc.text
        assert not any(leak in doc.text for leak in LEAKS)


def test_legacy_html_uses_declared_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>任命</title></head><body><article><p>{ZH_HANS}</p></article></body></html>"
    )
    path = _write(tmp_path / "zh.htm", page.encode("gb2312"))
    doc = _only(list(iter_documents([path])))
    assert isinstance(doc, RawDocument)
    assert doc.text == ZH_HANS and doc.title == "任命" and doc.encoding == "gb18030"


def test_html_file_without_article(tmp_path: Path) -> None:
    path = _write(tmp_path / "menu.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert _only(list(iter_documents([path]))) == Rejection(str(path), "no article text found in the HTML")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"\n \n\t", "file contains only whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file (PNG image), not text"),
        ("paper.html", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3", "binary file (PDF document), not text"),
        ("noise.md", random.Random(1).randbytes(3000), "binary file (contains NUL bytes), not text"),
        (
            "garbage.txt",
            random.Random(2).randbytes(3000).replace(b"\x00", b"\x01"),
            "could not decode: not valid in any supported encoding",
        ),
    ],
)
def test_bad_files_are_rejected(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = _write(tmp_path / name, data)
    assert _only(list(iter_documents([path]))) == Rejection(str(path), reason)


def test_size_limit_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(12_400_000)  # sparse: nothing to read anyway
    opened: list[Path] = []
    real_open = Path.open

    def spy_open(self: Path, *args, **kwargs):
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy_open)
    rejection = _only(list(iter_documents([big])))
    assert rejection == Rejection(str(big), "file is 12.4 MB, over the 10 MB limit")
    assert big not in opened
    small_limit = _only(list(iter_documents([_write(tmp_path / "s.txt", "x" * 1500)], max_bytes=1000)))
    assert small_limit.reason == "file is 1.5 KB, over the 1 KB limit"


def test_missing_unsupported_and_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "nope.txt"
    pdf = _write(tmp_path / "report.pdf", b"%PDF-1.4")
    noext = _write(tmp_path / "README", "text")
    items = list(iter_documents([missing, pdf, noext]))
    assert items == [
        Rejection(str(missing), "no such file or directory"),
        Rejection(str(pdf), "unsupported file type '.pdf' (expected .txt, .html or .jsonl)"),
        Rejection(str(noext), "unsupported file type (no extension) (expected .txt, .html or .jsonl)"),
    ]
    locked = _write(tmp_path / "locked.txt", EN)
    real_open = Path.open

    def deny(self: Path, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    assert _only(list(iter_documents([locked]))) == Rejection(str(locked), "permission denied")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_permissions(tmp_path: Path) -> None:
    locked = _write(tmp_path / "locked.txt", EN)
    locked.chmod(0)
    try:
        assert _only(list(iter_documents([locked]))) == Rejection(str(locked), "permission denied")
    finally:
        locked.chmod(0o644)


def test_folder_walk(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    _write(root / "b.txt", FR.encode("cp1252"))
    _write(root / "a.html", PAGE)
    _write(root / "a.json", json.dumps({"gold": True}))  # gold file beside the article: passed over
    _write(root / "c.jsonl", json.dumps({"id": "rec-1", "text": EN}) + "\n")
    _write(root / "scan.pdf", b"%PDF-1.4")  # unsupported inside a folder: silently passed over
    _write(root / "photo.PNG", b"\x89PNG\r\n\x1a\n")
    _write(root / ".hidden.txt", "hidden")
    _write(root / ".git" / "notes.txt", "hidden folder")
    _write(root / "sub" / "d.TXT", DE)
    _write(root / "sub" / "deeper" / "e.txt", RU)
    _write(root / "README.md", "# about this corpus")  # Markdown in a folder is its README: passed over
    _write(root / "aa" / "z.txt", KO)
    _write(root / "empty.txt", b"")
    items = list(iter_documents([root]))
    sources = [item.source for item in items]
    assert sources == [
        str(root / "a.html"),
        str(root / "aa" / "z.txt"),
        str(root / "b.txt"),
        f"{root / 'c.jsonl'}:1",
        str(root / "empty.txt"),
        str(root / "sub" / "d.TXT"),
        str(root / "sub" / "deeper" / "e.txt"),
    ]
    assert [type(item).__name__ for item in items] == ["RawDocument"] * 4 + ["Rejection"] + ["RawDocument"] * 2
    assert items[2].text == FR and items[2].encoding == "cp1252"
    assert items[3].name == "rec-1"
    assert items[4].reason == "file is empty"


def test_unreadable_subfolder_and_special_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "corpus"
    _write(root / "a.txt", EN)
    _write(root / "locked" / "b.txt", FR)
    _write(root / "z.txt", DE)
    fifo = root / "pipe.txt"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_documents([root]))
    expected = [
        RawDocument(name="a", source=str(root / "a.txt"), text=EN, encoding="utf-8"),
        Rejection(str(root / "locked"), "permission denied"),
        RawDocument(name="z", source=str(root / "z.txt"), text=DE, encoding="utf-8"),
    ]
    if hasattr(os, "mkfifo"):
        expected.insert(2, Rejection(str(fifo), "not a regular file"))
        assert _only(list(iter_documents([fifo]))) == Rejection(str(fifo), "not a regular file")
    assert items == expected


def test_folder_symlink_loop_terminates(tmp_path: Path) -> None:
    root = tmp_path / "loop"
    _write(root / "a.txt", EN)
    try:
        (root / "again").symlink_to(root, target_is_directory=True)
    except OSError:
        pytest.skip("no symlinks here")
    docs = list(iter_documents([root]))
    assert [d.source for d in docs] == [str(root / "a.txt")]


def test_batch_never_raises(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", EN)
    paths = [
        tmp_path / "missing.html",
        _write(tmp_path / "x.png", b"\x89PNG"),
        _write(tmp_path / "bin.txt", b"\x00\x01\x02" * 10),
        _write(tmp_path / "broken.html", "<html><body><div>" * 3000),
        _write(tmp_path / "bad.jsonl", b'{oops\n[1]\n"str"\n{}\n' + b"\xff\xfe\x00garbage\n"),
        good,
    ]
    items = list(iter_documents(paths))
    assert all(isinstance(item, RawDocument | Rejection) for item in items)
    assert items[-1] == RawDocument(name="good", source=str(good), text=EN, encoding="utf-8")


# --- JSON Lines -------------------------------------------------------------------------------


def test_jsonl_records(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "zh-1", "text": ZH_HANS, "url": "https://ex.cn/a", "published": "2024-09-30T10:00:00Z"}),
        "",
        json.dumps({"text": FR, "title": "Renault", "published": "next week"}, ensure_ascii=False),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"title": "no body"}),
        json.dumps({"id": 7, "text": "   "}),
        json.dumps({"text": 42}),
        json.dumps({"html": PAGE, "url": "https://override.example/x"}),
        json.dumps({"html": "<html><body><nav>Home</nav></body></html>"}),
        json.dumps({"id": 12, "text": EN, "published": "2024-10-01"}),
    ]
    path = _write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    items = list(iter_documents([path]))
    by_source = {item.source: item for item in items}
    assert [item.source for item in items] == [f"{path}:{n}" for n in (1, 3, 4, 5, 6, 7, 8, 9, 10, 11)]

    first = by_source[f"{path}:1"]
    assert first == RawDocument(
        name="zh-1",
        source=f"{path}:1",
        text=ZH_HANS,
        published="2024-09-30",
        url="https://ex.cn/a",
        encoding="utf-8",
    )
    third = by_source[f"{path}:3"]
    assert (third.name, third.text, third.title, third.published) == ("feed-3", FR, "Renault", None)
    assert by_source[f"{path}:4"].reason.startswith("malformed JSON: ")
    assert by_source[f"{path}:5"].reason == "expected a JSON object, got an array"
    assert by_source[f"{path}:6"].reason == "record has neither 'text' nor 'html'"
    assert by_source[f"{path}:7"].reason == "'text' is empty"
    assert by_source[f"{path}:8"].reason == "'text' must be a string, got a number"
    page = by_source[f"{path}:9"]
    assert isinstance(page, RawDocument)
    assert "Jane Doe will become" in page.text and not any(leak in page.text for leak in LEAKS)
    assert page.title == "Acme names Jane Doe chief executive"
    assert page.published == "2024-09-30"
    assert page.url == "https://override.example/x"  # the record's own field wins
    assert by_source[f"{path}:10"].reason == "no article text found in the HTML"
    last = by_source[f"{path}:11"]
    assert (last.name, last.published) == ("12", "2024-10-01")


def test_jsonl_malformed_line_between_good_ones(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "mixed.ndjson",
        json.dumps({"text": EN}) + "\n" + '{"text": "unterminated\n' + json.dumps({"text": DE}) + "\r\n",
    )
    items = list(iter_documents([path]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Rejection", "RawDocument"]
    assert items[0].text == EN and items[2].text == DE
    assert items[1].source == f"{path}:2"
    assert items[1].reason == "malformed JSON: Unterminated string starting at (column 10)"


def test_jsonl_limit_is_per_record_and_streams(tmp_path: Path) -> None:
    long_record = json.dumps({"text": "x" * 5000})
    path = _write(
        tmp_path / "big.jsonl",
        "\n".join([json.dumps({"text": EN})] * 3 + [long_record] + [json.dumps({"text": FR})] * 3) + "\n",
    )
    assert path.stat().st_size > 2000  # the file is over the limit, its records are not
    items = list(iter_documents([path], max_bytes=2000))
    assert len(items) == 7
    assert items[3] == Rejection(f"{path}:4", "record is 5.0 KB, over the 2 KB limit")
    assert [i.text for i in items if isinstance(i, RawDocument)] == [EN] * 3 + [FR] * 3


def test_jsonl_encodings_and_bad_files(tmp_path: Path) -> None:
    bom = _write(tmp_path / "bom.jsonl", b"\xef\xbb\xbf" + json.dumps({"text": FR}, ensure_ascii=False).encode())
    assert _only(list(iter_documents([bom]))).text == FR
    legacy = _write(tmp_path / "legacy.jsonl", json.dumps({"text": RU}, ensure_ascii=False).encode("cp1251"))
    doc = _only(list(iter_documents([legacy])))
    assert (doc.text, doc.encoding) == (RU, "cp1251")
    # Later short lines follow the encoding found on an earlier one.
    lines = [
        json.dumps({"id": str(i), "text": t}, ensure_ascii=False) for i, t in enumerate([ZH_HANT, "董事長", "總經理"])
    ]
    big5 = _write(tmp_path / "big5.jsonl", "\n".join(lines).encode("big5"))
    assert [(d.text, d.encoding) for d in iter_documents([big5])] == [
        (ZH_HANT, "big5"),
        ("董事長", "big5"),
        ("總經理", "big5"),
    ]
    assert _only(list(iter_documents([_write(tmp_path / "b.jsonl", '{"id": true, "text": "x"}')]))).name == "b-1"
    empty = _write(tmp_path / "empty.jsonl", b"\n\n")
    assert _only(list(iter_documents([empty]))) == Rejection(str(empty), "file is empty")
    png = _write(tmp_path / "img.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00{}\n{}\n")
    assert _only(list(iter_documents([png]))) == Rejection(str(png), "binary file (PNG image), not text")
    deep = _write(tmp_path / "deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n")
    assert _only(list(iter_documents([deep]))).reason.startswith("malformed JSON")
