"""What pyproject.toml cannot say: the top-level resources/ folder installs as alsdesk.resources.

Every package is found, not listed (a new package needs no entry anywhere); the rest of
the configuration, package data included, is in pyproject.toml.
"""

from setuptools import find_packages, setup

PACKAGE_DIR = {"alsdesk.resources": "resources"}
PACKAGES = [*find_packages(include=["alsdesk", "alsdesk.*"]), *PACKAGE_DIR]

if __name__ == "__main__":
    setup(packages=PACKAGES, package_dir=PACKAGE_DIR)
