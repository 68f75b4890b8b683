// The floor for the whole-process terminal benchmark: the least a curses
// program can do. It sets up the terminal the way Waymark does (UTF-8 locale,
// cbreak, noecho, keypad, hidden cursor, 25 ms Escape delay), draws one line
// and a marker, moves the marker on j/k (or the arrow keys) and quits on q.
// bench_terminal.py runs it interleaved with Waymark and reports Waymark's
// figures as ratios to it, so a busy machine slows both alike.
//
//   cc -O2 -o floor floor.c -lncursesw

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <locale.h>

int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    curs_set(0);
    set_escdelay(25);

    int width = COLS > 2 ? COLS - 1 : 1;
    int column = 0;
    mvaddstr(0, 0, "Waymark floor: j/k moves the marker, q quits");
    mvaddch(2, column, '@');
    refresh();

    for (;;) {
        int key = getch();
        if (key == 'q' || key == ERR) break;
        int next = column;
        if (key == 'j' || key == KEY_DOWN || key == KEY_RIGHT) next = (column + 1) % width;
        if (key == 'k' || key == KEY_UP || key == KEY_LEFT) next = (column + width - 1) % width;
        if (next == column) continue;
        mvaddch(2, column, ' ');
        column = next;
        mvaddch(2, column, '@');
        refresh();
    }
    endwin();
    return 0;
}
