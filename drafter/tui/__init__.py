"""The terminal UI (Textual). The only package of drafter that imports ``textual``.

``drafter.tui.app.create_app`` builds the app; the CLI (``drafter``) and the tests use that same
factory. Every blocking call into the core goes through ``drafter.tui.backend.Backend`` from a
worker thread.
"""
