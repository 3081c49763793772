"""Only for scrapyd-deploy, which builds eggs through setup.py: the project is described in
pyproject.toml."""

from setuptools import setup

setup()
