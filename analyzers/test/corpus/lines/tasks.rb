#!/usr/bin/env ruby
# frozen_string_literal: true

require 'json' # trailing comment

=begin
Embedded documentation
that spans lines.
=end

module Tasks
  # Runs a task.
  def self.run(name)
    puts "running #{name}" # interpolation is not a comment
    text = <<~HEREDOC
      # inside a heredoc, cloc still calls this a comment
      plain line
    HEREDOC
    text.lines.map(&:strip)
  end
end
