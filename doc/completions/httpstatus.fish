# fish completion for httpstatus(1): options (the ones `httpstatus
# --complete=options` lists: a test holds them to it), the values of
# --color, files after --count, and as queries the classes, codes, names and
# methods that `httpstatus --complete` prints.
complete -c httpstatus -f
complete -c httpstatus -s l -l long -d 'Every field of each answer'
complete -c httpstatus -l json -d 'Answer in JSON'
complete -c httpstatus -l list -d 'Every registered code'
complete -c httpstatus -l unofficial -d 'Every unofficial use of a code'
complete -c httpstatus -l methods -d 'Every method'
complete -c httpstatus -l search -x -d 'Every code, use and method whose text contains a word'
complete -c httpstatus -l registered -d 'Registered codes only, no unofficial uses'
complete -c httpstatus -l count -d 'How often each code occurs in files or standard input'
complete -c httpstatus -l field -x -d 'Count the N-th field of each line'
complete -c httpstatus -l color -l colour -x -a 'auto always never' -d 'Colour codes by class'
complete -c httpstatus -s h -l help -d 'Show the help'
complete -c httpstatus -l version -d 'Show the version'
complete -c httpstatus -a - -d 'Read queries from standard input'
complete -c httpstatus -n 'not __fish_seen_argument -l count' -a '(httpstatus --complete 2>/dev/null)'
complete -c httpstatus -n '__fish_seen_argument -l count' -F
