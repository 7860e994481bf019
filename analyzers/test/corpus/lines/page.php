<?php
# shell-style comment
// C++-style comment
/* block
   comment */
namespace App;

function greet(string $name): string
{
    $url = "http://example.com"; // trailing
    $hash = '#not-a-comment';
    return "Hello, {$name}"; # trailing hash
}
?>
<html>
<!-- an HTML comment inside PHP: code for cloc -->
<body><?= greet('world') ?></body>
</html>
