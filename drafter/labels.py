"""The German names of statuses and categories, as every screen and report shows them."""

from __future__ import annotations

from drafter.models import Asked, Category, Finding, Status

STATUS_NAMES: dict[str, str] = {
    Status.ANSWERED.value: "beantwortet",
    Status.PARTIAL.value: "teilweise",
    Status.OPEN.value: "offen",
    Status.UNANSWERED.value: "ohne Antwort",
}

CATEGORY_NAMES: dict[str, str] = {
    Category.NO_INFORMATION.value: "keine Erkenntnisse",
    Category.PENDING.value: "noch nicht abgeschlossen",
    Category.CLASSIFIED.value: "eingestuft",
    Category.REFUSED.value: "verweigert",
    Category.NOT_RESPONSIBLE.value: "nicht zuständig",
    Category.REFERRED.value: "Verweis",
    Category.EVASIVE.value: "ausweichend",
}

# What an evasive answer leaves out, as the object of "gefragt war …" / "gefragt waren …".
ASKED_NAMES: dict[str, tuple[str, bool]] = {
    Asked.FIGURE.value: ("eine Zahl", False),
    Asked.DATE.value: ("ein Zeitpunkt", False),
    Asked.NAMES.value: ("Namen", True),
    Asked.BREAKDOWN.value: ("eine Aufschlüsselung", False),
    Asked.DECISION.value: ("eine Entscheidung oder Position", False),
    Asked.REASONS.value: ("Gründe", True),
    Asked.MEASURES.value: ("konkrete Maßnahmen", True),
}


def asked_phrase(asked: tuple[Asked, ...]) -> str:
    """ "gefragt war eine Zahl", "gefragt waren Namen und eine Aufschlüsselung": what was missing."""
    names = [ASKED_NAMES[kind.value] for kind in asked]
    if not names:
        return ""
    words = [name for name, _ in names]
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " und " + words[-1]
    plural = len(words) > 1 or names[0][1]
    return f"gefragt war{'en' if plural else ''} {listed}"


def finding_name(finding: Finding) -> str:
    """The category in German, for evasive findings with what was asked: "ausweichend: gefragt war
    eine Zahl"; with the parts it concerns where not the whole question ("zu a, c")."""
    name = CATEGORY_NAMES[finding.category.value]
    phrase = asked_phrase(finding.asked)
    if phrase:
        name = f"{name}: {phrase}"
    if finding.parts:
        name = f"{name} (zu {', '.join(finding.parts)})"
    return name
