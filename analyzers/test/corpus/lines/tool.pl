#!/usr/bin/perl
use strict;
use warnings;

# comment
my $x = 1; # trailing

=head1 NAME

tool - a Perl script

=cut

print "$x\n";
__END__
data after END is not counted
