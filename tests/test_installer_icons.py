"""The Windows and macOS installers get the app icon, rendered from its SVG."""

from __future__ import annotations

import runpy
import struct
from pathlib import Path

ICONS = runpy.run_path(str(Path(__file__).resolve().parents[1] / "packaging" / "icons.py"))
PNG = b"\x89PNG\r\n\x1a\n"


def test_the_windows_icon_holds_every_size_up_to_256(qapp, tmp_path):
    ico = ICONS["write_ico"](tmp_path / "alsdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(ICONS["ICO_SIZES"]))
    for index in range(count):
        width, _h, _c, _r, _p, _b, size, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * index
        )
        assert ico[offset : offset + 8] == PNG
        assert width == ICONS["ICO_SIZES"][index] % 256


def test_the_macos_icon_is_an_icns_of_pngs(qapp, tmp_path):
    icns = ICONS["write_icns"](tmp_path / "alsdesk.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack_from(">I", icns, 4)[0] == len(icns)
    assert icns[8:12] == b"ic07" and icns[16:24] == PNG
