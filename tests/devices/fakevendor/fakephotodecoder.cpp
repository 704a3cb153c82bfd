// A stand-in for a licensed WLT decoder (none can run here, and none may be
// written): exports DecodingPhotos and returns a plain 102 × 126 BMP whose
// colour comes from the first input bytes, so the test can tell it was
// called with the card's photo bytes. It decodes nothing.
#include <cstdint>
#include <cstring>

#define YC_EXPORT extern "C" __attribute__((visibility("default")))

namespace {
void put32(char *p, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = char((v >> (8 * i)) & 0xFF);
}
} // namespace

YC_EXPORT int DecodingPhotos(const char *in, int inSize, char *out, int outSize)
{
    constexpr int w = 102;
    constexpr int h = 126;
    constexpr int row = (w * 3 + 3) / 4 * 4;
    constexpr int size = 54 + row * h;
    if (inSize != 1024 || outSize < size)
        return -1;
    std::memset(out, 0, size);
    out[0] = 'B';
    out[1] = 'M';
    put32(out + 2, size);
    put32(out + 10, 54);
    put32(out + 14, 40);
    put32(out + 18, w);
    put32(out + 22, h);
    out[26] = 1;
    out[28] = 24;
    put32(out + 34, row * h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            char *px = out + 54 + y * row + 3 * x;
            px[0] = in[0];
            px[1] = in[1];
            px[2] = in[2];
        }
    }
    return 1;
}
