#pragma once

class QHttpServer;

namespace yc::display {

class DisplayMirror;

// halld's public HTTP routes for the hall's screens (docs/hall-display.md):
//   GET /display             the waiting-hall page (?window=3,4 ?lines=A,B)
//   GET /display/<asset>     its script and style sheet
//   GET /led/<window>        the window's LED strip text (?width=8|12, ?format=json)
// The mirror must outlive the server's event loop.
void addDisplayRoutes(QHttpServer &server, DisplayMirror &mirror);

} // namespace yc::display
