"""The Markdown a member writes in their journal prints formatted, never as raw markup."""

from __future__ import annotations

from pypdf import PdfReader

from alsdesk.exports import fonts
from alsdesk.exports import pdf_layout as layout
from alsdesk.exports.markdown_pdf import markdown_flowables
from tests.exports.conftest import pdf_pages


def printed(tmp_path, markdown: str, name: str = "markdown.pdf") -> list[str]:
    """Each page's text of a PDF holding only ``markdown``, as a reader would search it."""
    return pdf_pages(write(tmp_path, markdown, name))


def write(tmp_path, markdown: str, name: str = "markdown.pdf"):
    fonts.register_fonts()
    path = tmp_path / name
    doc = layout.document(path, title="Markdown")
    layout.build(doc, markdown_flowables(markdown, layout.styles()), "Footer")
    return path


def fonts_used(path) -> set[str]:
    """The font names on the pages, without the subset prefix ("DejaVuSans-Bold")."""
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_bold_and_italic_print_without_their_asterisks(tmp_path):
    path = write(tmp_path, "I felt **frustrated** and then *embarrassed*, _quietly_.")

    (page,) = pdf_pages(path)
    assert "I felt frustrated and then embarrassed, quietly." in page
    assert "*" not in page and "_" not in page
    assert {fonts.BOLD, fonts.ITALIC} <= fonts_used(path)


def test_only_plain_text_uses_no_bold_or_italic(tmp_path):
    path = write(tmp_path, "Nothing marked up here.")

    assert fonts.REGULAR in fonts_used(path)
    assert not {fonts.BOLD, fonts.ITALIC} & fonts_used(path)


def test_headings_print_as_words_in_bold_without_hashes(tmp_path):
    path = write(tmp_path, "# The huddle\n\nIt overran.\n\n## Why\n\nNo list.\n\n### Next\n\nAsk.")

    (page,) = pdf_pages(path)
    assert page.startswith("The huddle It overran. Why No list. Next Ask.")
    assert "#" not in page
    assert fonts.BOLD in fonts_used(path)


def test_bullet_and_numbered_lists_print_with_bullets_and_numbers(tmp_path):
    (page,) = printed(
        tmp_path,
        "Three things went wrong:\n\n"
        "1. We started late.\n"
        "2. Nobody owned the list:\n"
        "   - pharmacy thought the ward had it;\n"
        "   - the ward thought pharmacy had it.\n"
        "3. I let it drift.\n\n"
        "- Agree who holds the list\n"
        "* Start on time\n",
    )

    assert (
        "1. We started late. 2. Nobody owned the list: \u2013 pharmacy thought the ward had it; "
        "\u2013 the ward thought pharmacy had it. 3. I let it drift."
    ) in page
    assert "\u2022 Agree who holds the list" in page
    assert "\u2022 Start on time" in page
    assert " - " not in page and "*" not in page


def test_a_numbered_list_keeps_the_number_it_starts_from(tmp_path):
    (page,) = printed(tmp_path, "9. nine\n10. ten\n11. eleven")

    assert "9. nine 10. ten 11. eleven" in page


def test_a_block_quote_prints_its_words_without_the_marker(tmp_path):
    (page,) = printed(
        tmp_path,
        "She said:\n\n> You always say we'll fix it.\n>\n> And then **nothing**.\n\nI agreed.",
    )

    assert "She said: You always say we'll fix it. And then nothing. I agreed." in page
    assert ">" not in page


def test_a_long_quote_runs_on_over_the_page(tmp_path):
    quote = "\n>\n".join(
        f"> Paragraph {n} of a letter I copied out. " + "More. " * 60 for n in range(14)
    )

    pages = printed(tmp_path, f"Before.\n\n{quote}\n\nAfter.")

    assert len(pages) >= 2
    text = " ".join(pages)
    for n in range(14):
        assert f"Paragraph {n} of a letter I copied out." in text
    assert text.index("Paragraph 13") < text.index("After.")


def test_a_long_list_runs_on_over_the_page(tmp_path):
    items = "\n".join(f"{n}. Item {n} of a long list, with room to wrap." for n in range(1, 80))

    pages = printed(tmp_path, items)

    assert len(pages) >= 2
    assert "79. Item 79 of a long list" in pages[-1]


def test_angle_brackets_and_ampersands_print_as_written(tmp_path):
    (page,) = printed(
        tmp_path,
        "Fewer than <5 patients & their families; A&E > 4 hours.\n\n<b>not bold</b> &amp; done",
    )

    assert "Fewer than <5 patients & their families; A&E > 4 hours." in page
    assert "<b>not bold</b> & done" in page


def test_inline_code_prints_its_text_as_written(tmp_path):
    (page,) = printed(tmp_path, "The `EPR <discharge>` screen & the `**` key.")

    assert "The EPR <discharge> screen & the ** key." in page


def test_links_print_as_their_text(tmp_path):
    (page,) = printed(tmp_path, "See [the King's Fund report](https://example.org/report).")

    assert "See the King's Fund report." in page
    assert "example.org" not in page


def test_a_hard_line_break_starts_a_new_line(tmp_path):
    path = write(tmp_path, "Good: people came.  \nBad: we had no list.\\\nUgly: none.")

    lines = PdfReader(path).pages[0].extract_text().splitlines()
    assert lines[:3] == ["Good: people came.", "Bad: we had no list.", "Ugly: none."]


def test_odd_markdown_prints_as_plain_text_rather_than_failing(tmp_path):
    markdown = (
        "Unclosed **bold and *italic and `code\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "<div>a block of html</div>\n\n"
        "![a photo of the ward board](board.png)\n\n"
        "```\nfenced <text>\n  indented\n```\n\n"
        "- \n- \n\n"
        "- one\n  - two\n    - three\n      - four\n        - five\n\n"
        "> > a quote in a quote\n\n"
        "---\n\n"
        "Control\x00 characters\x0c gone \U0001f600"
    )

    (page,) = printed(tmp_path, markdown)

    for words in (
        "Unclosed **bold and *italic and `code",
        "| a | b |",
        "<div>a block of html</div>",
        "a photo of the ward board",
        "fenced <text> indented",
        "one \u2013 two \u25e6 three \u2022 four \u2013 five",
        "a quote in a quote",
        "Control characters gone",
    ):
        assert words in page


def test_blank_text_gives_nothing_to_print():
    assert markdown_flowables("", layout.styles()) == []
    assert markdown_flowables(" \n\n ", layout.styles()) == []
