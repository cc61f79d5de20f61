# bash completion for httpstatus(1): options (the ones `httpstatus
# --complete=options` lists: a test holds them to it), the values of
# --color, files after --count, and as queries the classes, codes, names and
# methods that `httpstatus --complete` prints.
_httpstatus()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev='' before=''
    ((COMP_CWORD >= 1)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    ((COMP_CWORD >= 2)) && before=${COMP_WORDS[COMP_CWORD - 2]}
    COMPREPLY=()

    # --color=WHEN: bash splits the word at '=' (COMP_WORDBREAKS), so the
    # value comes as its own word after --color and =.
    if [[ ($prev == --color || $prev == --colour) && $cur == = ]]; then
        COMPREPLY=(auto always never)
        return
    fi
    if [[ ($before == --color || $before == --colour) && $prev == = ]]; then
        mapfile -t COMPREPLY < <(compgen -W 'auto always never' -- "$cur")
        return
    fi
    if [[ $cur == --color=* || $cur == --colour=* ]]; then
        mapfile -t COMPREPLY < <(compgen -P "${cur%%=*}=" -W 'auto always never' -- "${cur#*=}")
        return
    fi
    case $prev in
    --search | --field) return ;;
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W '-l --long --json --list --unofficial --methods
            --search --registered --count --field --color= --colour= -h --help --version -' -- "$cur")
        [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null
        return
    fi
    # After --count, files.
    local word
    for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
        if [[ $word == --count ]]; then
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return
        fi
    done
    # Names come in lower case (the tool takes any case), methods in upper
    # case (their own): the word typed is matched in both.
    local words
    words=$("${1:-httpstatus}" --complete 2>/dev/null) || return
    mapfile -t COMPREPLY < <(compgen -W "$words" -- "${cur,,}"
        [[ ${cur^^} != "${cur,,}" ]] && compgen -W "$words" -- "${cur^^}")
}
complete -F _httpstatus httpstatus
