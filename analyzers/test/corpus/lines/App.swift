import Foundation

/// Swift doc comment
struct App {
    let url = "https://example.com" // trailing
    /* block */
}
