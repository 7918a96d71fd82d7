"""The Streamlit page (``app.py``) and the small display helpers it is built from.

The page itself only lays out widgets; everything that can go wrong in a way a test can
catch (HTML escaping, evidence highlighting, upload decoding, the batch loop, reading the
eval report) lives in plain functions in the sibling modules so it is unit-tested without
a browser or a model.
"""
