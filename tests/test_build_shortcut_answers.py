"""Shortcuts a build takes must answer as the slow way did: words() of a text is cut once (a fresh list each call),
and a web address is checked in one scan."""
from timeline.terms import words


def test_words_are_a_fresh_list_each_call():
    first = words("والندوة في الرباط")
    first.append(None)
    assert [w.norm for w in words("والندوة في الرباط")] == [w.norm for w in first[:-1]]
    assert [(w.start, w.end) for w in words("والندوة في الرباط")] == [(0, 7), (8, 10), (11, 17)]


def test_is_web_url_refuses_spaces_and_control_characters():
    from timeline.render import is_web_url

    assert is_web_url(" https://example.org/أخبار ")
    for url in ("https://exa mple.org", "https://example.org/\x00", "https://example.org/\u00a0x", "https://e.org/\x1cx",
                "javascript:alert(1)", "http://", ""):
        assert not is_web_url(url), url
