"""The history of the SOP folder: what changed in which standard, from git or front matter."""
