#include <iostream>
#include <string>

namespace engine {

// A line comment ending with a backslash continues onto the next line \
   so this line is a comment too

/**
 * Doxygen block.
 */
class Engine {
public:
    std::string name() const { return R"(raw // string)"; } // trailing
    int speed = 0; /* block */ int torque = 0;
};

}  // namespace engine

int main() {
    engine::Engine e;
    std::cout << e.name() << std::endl;  /* done */
    return 0;
}
