// A stand-in for a vendor SDTAPI library (no vendor library can run here):
// exports the SDT_* functions the backend looks for, over a card the test
// sets with yc_fake_set_card. The chip serial it reports is all zeros, as
// some modules do, so the reader must tell cards apart by their content.
#include <atomic>
#include <cstring>
#include <mutex>

#define YC_EXPORT extern "C" __attribute__((visibility("default")))

namespace {
std::mutex g_mutex;
unsigned char g_text[256];
unsigned char g_wlt[1024];
bool g_card = false;
std::atomic<int> g_reads{0};
} // namespace

YC_EXPORT void yc_fake_set_card(const unsigned char *text, const unsigned char *wlt)
{
    std::lock_guard lock(g_mutex);
    std::memcpy(g_text, text, sizeof g_text);
    std::memcpy(g_wlt, wlt, sizeof g_wlt);
    g_card = true;
}

YC_EXPORT void yc_fake_remove_card()
{
    std::lock_guard lock(g_mutex);
    g_card = false;
}

YC_EXPORT int yc_fake_reads()
{
    return g_reads;
}

YC_EXPORT int SDT_OpenPort(int port)
{
    return port == 1001 ? 0x90 : 0x01;
}

YC_EXPORT int SDT_ClosePort(int)
{
    return 0x90;
}

YC_EXPORT int SDT_StartFindIDCard(int, unsigned char *iin, int)
{
    std::lock_guard lock(g_mutex);
    std::memset(iin, 0, 4);
    return g_card ? 0x9F : 0x80;
}

YC_EXPORT int SDT_SelectIDCard(int, unsigned char *sn, int)
{
    std::lock_guard lock(g_mutex);
    std::memset(sn, 0, 8);
    return g_card ? 0x90 : 0x81;
}

YC_EXPORT int SDT_ReadBaseMsg(int, unsigned char *text, unsigned int *textLen, unsigned char *photo,
                              unsigned int *photoLen, int)
{
    std::lock_guard lock(g_mutex);
    if (!g_card)
        return 0x41;
    ++g_reads;
    std::memcpy(text, g_text, sizeof g_text);
    *textLen = sizeof g_text;
    std::memcpy(photo, g_wlt, sizeof g_wlt);
    *photoLen = sizeof g_wlt;
    return 0x90;
}

YC_EXPORT int SDT_ReadNewAppMsg(int, unsigned char *, unsigned int *length, int)
{
    *length = 0;
    return 0x91;
}
