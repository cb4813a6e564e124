"""The German names of statuses and categories, as every screen and report shows them."""

from __future__ import annotations

from drafter.models import Category, Status

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
}
