from worker.tasks import reprice


def test_reprice_returns_the_sku():
    assert reprice("A1") == "A1"
