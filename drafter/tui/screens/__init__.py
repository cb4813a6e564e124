"""One screen per module: library, document, search, draft, help and the small modals."""
