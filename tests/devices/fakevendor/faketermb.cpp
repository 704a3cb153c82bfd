// A stand-in for the 华视 termb library (no vendor library can run here):
// CVR_* and the field getters, strings in GB 18030 as the real one returns
// them, set by the test with yc_fake_termb_set.
#include <cstring>
#include <map>
#include <mutex>
#include <string>

#define YC_EXPORT extern "C" __attribute__((visibility("default")))

namespace {
std::mutex g_mutex;
std::map<std::string, std::string> g_fields;
bool g_card = false;

int get(const char *name, char *buffer, int *length)
{
    std::lock_guard lock(g_mutex);
    const auto it = g_fields.find(name);
    if (it == g_fields.end())
        return 0;
    const int n = int(it->second.size()) < *length ? int(it->second.size()) : *length;
    std::memcpy(buffer, it->second.data(), size_t(n));
    *length = n;
    return 1;
}
} // namespace

YC_EXPORT void yc_fake_termb_set(const char *getter, const char *value)
{
    std::lock_guard lock(g_mutex);
    g_fields[getter] = value;
}

YC_EXPORT void yc_fake_termb_card(int present)
{
    std::lock_guard lock(g_mutex);
    g_card = present != 0;
}

YC_EXPORT int CVR_InitComm(int port)
{
    return port == 1001 ? 1 : 0;
}

YC_EXPORT int CVR_CloseComm()
{
    return 1;
}

YC_EXPORT int CVR_Authenticate()
{
    std::lock_guard lock(g_mutex);
    return g_card ? 1 : 0;
}

YC_EXPORT int CVR_Read_Content(int)
{
    std::lock_guard lock(g_mutex);
    return g_card ? 1 : 0;
}

#define YC_GETTER(name)                                                                                      \
    YC_EXPORT int name(char *buffer, int *length)                                                            \
    {                                                                                                        \
        return get(#name, buffer, length);                                                                   \
    }
YC_GETTER(GetPeopleName)
YC_GETTER(GetPeopleSex)
YC_GETTER(GetPeopleNation)
YC_GETTER(GetPeopleBirthday)
YC_GETTER(GetPeopleAddress)
YC_GETTER(GetPeopleIDCode)
YC_GETTER(GetDepartment)
YC_GETTER(GetStartDate)
YC_GETTER(GetEndDate)
