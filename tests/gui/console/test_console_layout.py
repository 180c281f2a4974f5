"""The console's divider between its sections and the page stays where the trainer dragged it (issue 12, item 9)."""


def test_the_console_divider_is_remembered(qtbot, context):
    from trainer.gui.console import ConsoleScreen

    console = ConsoleScreen(context)
    qtbot.addWidget(console)
    console.resize(1024, 600)
    console.show()
    qtbot.waitExposed(console)
    console.splitter.moveSplitter(260, 1)
    wide = console.splitter.sizes()[0]
    assert wide >= 250
    again = ConsoleScreen(context)
    qtbot.addWidget(again)
    again.resize(1024, 600)
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes()[0] == wide
