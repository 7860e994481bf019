package corpus

/** KDoc */
fun main() {
    val s = """
        // inside a raw string
    """.trimIndent()
    println(s) // trailing
}
