"""Writes the extension's icon (icon.png, 42x42 as the Extension Manager shows it).

Two overlapping discs on the map's navy: our view (pale blue) and the customer's (amber), offset
by the gap between them. Drawn with the standard library only, supersampled for smooth edges.
Usage: icon.py OUT.png
"""
import struct
import sys
import zlib

SIZE, SUPER = 42, 4
NAVY, OURS, THEIRS, CLEAR = (31, 56, 100), (157, 195, 230), (244, 177, 131), (0, 0, 0)


def colour_at(x, y):
    """The colour and alpha at a point of the 42x42 square (floating-point coordinates)."""
    r = 6.0  # rounded corners
    cx, cy = min(max(x, r), SIZE - r), min(max(y, r), SIZE - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return CLEAR, 0
    if (x - 25.5) ** 2 + (y - 21) ** 2 <= 10.5 ** 2:
        return THEIRS, 255
    if (x - 16.5) ** 2 + (y - 21) ** 2 <= 10.5 ** 2:
        return OURS, 255
    return NAVY, 255


def pixels():
    rows = []
    for py in range(SIZE):
        row = bytearray([0])  # PNG filter: none
        for px in range(SIZE):
            acc = [0, 0, 0, 0]
            for sy in range(SUPER):
                for sx in range(SUPER):
                    (cr, cg, cb), a = colour_at(px + (sx + 0.5) / SUPER, py + (sy + 0.5) / SUPER)
                    acc = [acc[0] + cr * a, acc[1] + cg * a, acc[2] + cb * a, acc[3] + a]
            alpha = acc[3] / SUPER ** 2
            row += bytes([int(c / acc[3]) if acc[3] else 0 for c in acc[:3]] + [int(round(alpha))])
        rows.append(bytes(row))
    return b"".join(rows)


def chunk(kind, data):
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def main(out):
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(pixels(), 9)) + chunk(b"IEND", b""))
    with open(out, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main(sys.argv[1])
