// A realistic corpus for the C++ complexity rules.
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#define EXPORT_API __attribute__((visibility("default")))
#define DISALLOW_COPY(T) T(const T&) = delete; T& operator=(const T&) = delete

namespace engine::graph {

template <typename Payload>
class TaskGraph {
public:
    explicit TaskGraph(std::size_t reserve) : nodes_() {
        if (reserve > 0) nodes_.reserve(reserve);
    }
    ~TaskGraph() = default;

    template <typename Fn>
    void forEach(Fn&& fn) const {
        for (const auto& node : nodes_) {
            if (!node.done) fn(node);
        }
    }

    bool operator==(const TaskGraph& other) const {
        return nodes_.size() == other.nodes_.size() && name_ == other.name_;
    }

    std::size_t size() const noexcept;

private:
    struct Node {
        Payload payload;
        std::vector<std::size_t> deps;
        bool done = false;
    };
    std::vector<Node> nodes_;
    std::string name_;
};

template <typename Payload>
std::size_t TaskGraph<Payload>::size() const noexcept {
    return nodes_.size();
}

class Scheduler {
    DISALLOW_COPY(Scheduler);

public:
    Scheduler(int workers, std::function<void(int)> onIdle = nullptr);
    ~Scheduler();
    int run(const std::vector<int>& jobs);
    static int retries(int attempt) { return attempt < 3 ? attempt + 1 : -1; }

private:
    int workers_;
    std::function<void(int)> onIdle_;
};

Scheduler::Scheduler(int workers, std::function<void(int)> onIdle)
    : workers_(workers > 0 ? workers : 1), onIdle_(std::move(onIdle)) {}

Scheduler::~Scheduler() {
    if (onIdle_ and workers_ > 0) onIdle_(0);
}

int Scheduler::run(const std::vector<int>& jobs) {
    int done = 0;
    auto isValid = [this](int job) { return job >= 0 && job < workers_ * 100; };
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        try {
            if (!isValid(jobs[i])) {
                continue;
            } else if (jobs[i] == 0) {
                throw std::invalid_argument("zero");
            }
            ++done;
        } catch (const std::invalid_argument& e) {
            if (onIdle_) onIdle_(done);
        } catch (...) {
            goto abort;
        }
    }
    return done;
abort:
    return -1;
}

}  // namespace engine::graph

namespace {
int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
}  // namespace

EXPORT_API int plugin_entry(int argc, char** argv) {
    struct Local {
        static bool ok(int x) { return x > 0 || x == -1; }
    };
    if constexpr (sizeof(void*) == 8) {
        return Local::ok(argc) ? 0 : 1;
    }
    return fact(argc);
}
