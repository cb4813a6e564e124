"""A text field that is always as tall as its wrapped text.

Textual's TextArea re-wraps its text when its width changes, but does not ask its parents to lay
out again; a field with ``height: auto`` then keeps the height of the unwrapped text (one line per
paragraph, cut at the edge) until something else forces a layout, which in a real terminal may be
the next resize. This field asks for that layout itself whenever its wrapped height and its
height disagree.
"""

from __future__ import annotations

from textual.widgets import TextArea


class WrappedText(TextArea):
    """A soft-wrapping, compact TextArea whose ``height: auto`` follows its wrapped lines."""

    def __init__(self, text: str = "", **kwargs: object) -> None:
        super().__init__(text, soft_wrap=True, compact=True, **kwargs)  # type: ignore[arg-type]

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        auto = self.styles.height is not None and self.styles.height.is_auto
        if self.is_mounted and auto and self.content_size.height != self.wrapped_document.height:
            self.refresh(layout=True)
