"""Who a happening noun names as its victim is no party of another happening (issue 9,
section 3): in "officials decided to issue a warrant for his arrest in the killing of Dr. Ada
Crane", dated by the finding of a rifle, Crane is the killing's victim, not a party of the
finding; "Amir is serving a life sentence for the assassination of Rabin" is Amir's sentence.
The victim takes part when the event's title names them ("Rabin assassinated at a rally").
"""

from __future__ import annotations

import re

_HAPPENINGS = r"(?:killing|slaying|murder|assassination|shooting|death|kidnapping|abduction)"
_NAME = r"[A-Z][\w.\-'\u2019]*(?:[ \t]+[A-Z][\w.\-'\u2019]*){0,3}"
# "the killing of Dr. Ada Crane", "the October slaying of Crane", "Crane's murder".
_VICTIM = re.compile(
    rf"\b{_HAPPENINGS}[ \t]+of[ \t]+(?:the[ \t]+)?(?P<after>{_NAME})"
    rf"|(?<![\w.])(?P<before>{_NAME})['\u2019]s?[ \t]+(?:[a-z]+[ \t]+)?{_HAPPENINGS}\b"
)


def without_other_victims(sentence: str, title: str) -> str:
    """``sentence`` with the victims its happening nouns name blanked (offsets kept), unless
    ``title`` names them (the event is then that happening, or tells of them)."""

    def blank(match: re.Match[str]) -> str:
        group = "after" if match["after"] else "before"
        victim = match[group]
        if victim.split()[-1] in title:
            return match.group()
        start, end = match.start(group) - match.start(), match.end(group) - match.start()
        text = match.group()
        return text[:start] + " " * (end - start) + text[end:]

    return _VICTIM.sub(blank, sentence)
