"""The site layer: knowledge-base pages, the MkDocs build and the plain export."""
