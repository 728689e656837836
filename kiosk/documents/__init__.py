"""Documents laid out from values handed to them: no SQL, no Qt, no services (tests/test_layers.py).
The monthly report, cards, labels, the lunch list, the absence notice, the activities programme, the
network report, the off-site recovery sheet and the shared PDF toolkit (pdf.py); their values are
gathered beside the services (kiosk/report.py, cards.py, labels.py, lunch_list.py,
absence_notice.py, programme.py, network.py, closing.py)."""
