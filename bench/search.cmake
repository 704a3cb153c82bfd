# Matter search on a 30,000-matter catalog against a linear QString::contains
# scan of the same names (bench/search.cpp).
qt_add_executable(bench_search search.cpp)
target_link_libraries(bench_search PRIVATE yc_options yc_models)
target_compile_definitions(bench_search PRIVATE
    YC_BENCH_DEMO_CATALOG="${PROJECT_SOURCE_DIR}/resources/catalog/demo-catalog.json")
