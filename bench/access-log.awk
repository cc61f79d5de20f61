# Writes `lines` lines of an Apache/nginx combined-format access log, from the
# random seed `seed`: a busy site's mix of status codes (nginx's 499 and
# Cloudflare's 520 among them), addresses, methods, paths, referers and user
# agents. awk -v seed=1 -v lines=1000000 -f bench/access-log.awk > access.log
BEGIN {
    srand(seed)
    split("200 70.0 304 8.0 302 4.0 404 5.0 301 3.0 206 1.0 204 1.0 499 1.5 500 1.0 502 0.8 503 0.7 403 1.0 401 1.0 400 0.8 429 0.5 520 0.3 504 0.2 101 0.1 307 0.1", mix, " ")
    for (i = 1; i in mix; i += 2) { total += mix[i + 1]; code[++codes] = mix[i]; upto[codes] = total }
    np = split("/ /index.html /api/v1/users /api/v1/orders/12345 /static/app.js /static/style.css /images/logo.png /favicon.ico /login /search?q=http+status /blog/2024/05/a-long-post-title-with-words /wp-login.php /robots.txt /sitemap.xml", path, " ")
    nm = split("GET GET GET GET GET POST POST HEAD PUT DELETE", method, " ")
    na = split("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36|Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0|Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1|curl/8.5.0|Googlebot/2.1 (+http://www.google.com/bot.html)|python-requests/2.31.0", agent, "|")
    nr = split("- https://www.example.com/ https://www.google.com/ https://news.ycombinator.com/", referer, " ")
    for (n = 0; n < lines; n++) {
        r = rand() * total
        for (c = 1; upto[c] < r && c < codes; c++) ;
        printf "%d.%d.%d.%d - - [%02d/May/2024:%02d:%02d:%02d +0000] \"%s %s HTTP/1.1\" %s %d \"%s\" \"%s\"\n", \
            int(rand() * 223) + 1, int(rand() * 256), int(rand() * 256), int(rand() * 254) + 1, \
            int(n / 40000) % 28 + 1, int(n / 1667) % 24, int(n / 28) % 60, n % 60, \
            method[int(rand() * nm) + 1], path[int(rand() * np) + 1], code[c], \
            code[c] == 304 || code[c] == 204 ? 0 : int(rand() * 50000), \
            referer[int(rand() * nr) + 1], agent[int(rand() * na) + 1]
    }
}
