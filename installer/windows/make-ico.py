#!/usr/bin/env python3
"""Build resources/icons/yichuang.ico from the SVG icon.

Why a script of our own: the Windows icon is committed (a Windows build must
not need an SVG renderer), and the only converter we can rely on when it is
regenerated on Debian is librsvg's rsvg-convert, which writes PNG only.  ICO
entries up to 48 px are written as 32-bit BMP (DIB), which every consumer
(the Windows shell, NSIS's MUI_ICON, rc.exe) reads; the 256 px entry is PNG,
as Windows Vista and later expect.  Standard library only.

Usage: python3 installer/windows/make-ico.py resources/icons/yichuang.svg resources/icons/yichuang.ico
"""

import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

BMP_SIZES = (16, 20, 24, 32, 40, 48, 64)
PNG_SIZES = (256,)


def render(svg: Path, size: int, out: Path) -> bytes:
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-f", "png",
                    "-o", str(out), str(svg)], check=True)
    return out.read_bytes()


def decode_rgba(png: bytes) -> tuple[int, int, list[bytes]]:
    """Rows of an 8-bit RGBA, non-interlaced PNG (what rsvg-convert writes)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if (depth, colour, interlace) != (8, 6, 0):
                raise ValueError("expected 8-bit RGBA non-interlaced PNG")
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    stride, bpp, rows, prev = width * 4, 4, [], bytearray(width * 4)
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 0xFF
            elif ftype == 2:
                line[x] = (line[x] + b) & 0xFF
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def dib(png: bytes) -> bytes:
    width, height, rows = decode_rgba(png)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = bytearray()
    for row in reversed(rows):  # DIBs are stored bottom-up, as BGRA
        for x in range(0, len(row), 4):
            r, g, b, a = row[x:x + 4]
            pixels += bytes((b, g, r, a))
    mask_stride = ((width + 31) // 32) * 4  # AND mask: all zero, alpha does the work
    return header + bytes(pixels) + bytes(mask_stride * height)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    if shutil.which("rsvg-convert") is None:
        print("make-ico: rsvg-convert not found (apt-get install librsvg2-bin)", file=sys.stderr)
        return 1
    svg, ico = Path(sys.argv[1]), Path(sys.argv[2])
    entries = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in BMP_SIZES + PNG_SIZES:
            png = render(svg, size, Path(tmp) / f"{size}.png")
            entries.append((size, png if size in PNG_SIZES else dib(png)))
    offset = 6 + 16 * len(entries)
    out = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _, data in entries:
        out += data
    ico.write_bytes(bytes(out))
    print(f"make-ico: wrote {ico} ({len(entries)} sizes, {len(out)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
