"""PyInstaller's own hook for PySide6.QtGui, less the plugins alsdesk never loads.

Dropped here, before PyInstaller follows their libraries: the GTK platform
theme (it alone pulls in GTK, Pango, Cairo and ATK: about 9 MB), the
framebuffer, EGL, VNC and Vulkan-display platforms with their device
integrations, evdev/tuio input, and image formats the app never reads. Kept:
xcb, wayland, offscreen and minimal on Linux, windows on Windows, cocoa on
macOS; SVG, PNG (built in), JPEG, GIF and ICO.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGIN_TYPES = {"egldeviceintegrations", "generic"}
UNUSED_PLUGINS = {
    "qgtk3",
    "qeglfs",
    "qlinuxfb",
    "qminimalegl",
    "qvkkhrdisplay",
    "qvnc",
    "qdirect2d",
    "qtiff",
    "qwebp",
    "qtga",
    "qwbmp",
    "qicns",
}


def _used(source: str, destination: str) -> bool:
    plugin_type = Path(destination).name
    stem = Path(source).name.split(".")[0].removeprefix("lib")
    return plugin_type not in UNUSED_PLUGIN_TYPES and stem not in UNUSED_PLUGINS


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, destination) for source, destination in binaries if _used(source, destination)]
