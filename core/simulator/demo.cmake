target_sources(earshot_simulator PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DemoScenario.h ${CMAKE_CURRENT_LIST_DIR}/DemoScenario.cpp)
