"""PyInstaller's own hook for PySide6.QtNetwork, less its plugins.

alsdesk uses QtNetwork only for QLocalServer/QLocalSocket (one window per data
folder), which need neither TLS backends nor network-information plugins.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info

UNUSED_PLUGIN_TYPES = {"networkinformation", "tls"}

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, destination)
    for source, destination in binaries
    if not UNUSED_PLUGIN_TYPES & set(Path(destination).parts)
]
binaries += pyside6_library_info.collect_qtnetwork_files()
