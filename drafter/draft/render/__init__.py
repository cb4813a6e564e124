"""Writing a draft out: the manuscript's lines (``manuscript``) as Word (``docx_writer`` with
``docx_styles``), Markdown or text (``text_render``), and the published JSON form (``json_out``)."""
