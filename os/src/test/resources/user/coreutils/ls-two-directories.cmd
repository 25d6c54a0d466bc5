ls d/e q
